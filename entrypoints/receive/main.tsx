import { render } from 'preact';
import { OfferWindow } from '../../components/share/OfferWindow';
import '../../assets/ui.css';

// The window the background opens for a share link a schedule tab showed: `receive.html?offer=<id>`.
const offer = new URLSearchParams(location.search).get('offer') ?? '';
render(<OfferWindow offer={offer} />, document.getElementById('app')!);
