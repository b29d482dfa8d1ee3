import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { openDatabase } from '../../lib/db/open';
import '../../assets/ui.css';
import '../../assets/plan.css';

// As the popup: opened first, so a failed upgrade still shows the old notes (read-only).
void openDatabase().then(() => render(<SidePanelApp />, document.getElementById('app')!));
