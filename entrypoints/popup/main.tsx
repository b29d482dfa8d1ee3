import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../assets/ui.css';
import '../../assets/plan.css';

render(<PopupApp />, document.getElementById('app')!);
