import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { openDatabase } from '../../lib/db/open';

// As the dashboard: the database is opened before any query, so a failed upgrade still shows the old notes
// (read-only). The popup asks the tab for its sessions meanwhile.
render(<PopupApp opened={openDatabase()} />, document.getElementById('app')!);
