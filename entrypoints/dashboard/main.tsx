import { render } from 'preact';
import { DashboardApp } from '../../components/DashboardApp';
import '../../assets/ui.css';

render(<DashboardApp />, document.getElementById('app')!);
