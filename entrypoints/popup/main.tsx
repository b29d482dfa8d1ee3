import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { openDatabase } from '../../lib/db/open';
import '../../assets/ui.css';
import '../../assets/plan.css';

// As the dashboard: opened first, so a failed upgrade still shows the old notes (read-only).
void openDatabase().then(() => render(<PopupApp />, document.getElementById('app')!));
