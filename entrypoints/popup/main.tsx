import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../assets/ui.css';

render(<PopupApp />, document.getElementById('app')!);
