import { render } from 'preact';
import { DashboardApp } from '../../components/DashboardApp';
import '../../assets/ui.css';
import '../../assets/plan.css';

render(<DashboardApp />, document.getElementById('app')!);
