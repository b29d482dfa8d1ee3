import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { openDatabase } from '../../lib/db/open';
import '../../assets/ui.css';
import '../../assets/plan.css';
import '../../assets/list.css';
import '../../assets/dashboard.css';

// Opened before the first query, so a failed upgrade shows the old notes read-only instead of an empty page.
void openDatabase().then(() => render(<DashboardApp />, document.getElementById('app')!));
