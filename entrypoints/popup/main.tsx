import '../../assets/ui.css';
import '../../assets/plan.css';

// The popup's first line is in popup.html and painted before the app's modules (zod, Dexie, the list) are loaded
// and run: they come in a chunk of their own, not as preloads of the page.
void import('./app');
