/**
 * The widget's entry point. One tag on any page —
 * `<script src="https://HOST/widget.js" data-key="sb_widget_…" async></script>` — puts a launcher and a chat panel
 * on it, and `window.Switchboard` lets the page open, close and identify.
 */
import { mountWidget, type SwitchboardApi } from './mount-widget.js';
import { readScriptSettings } from './script-settings.js';

declare global {
  interface Window {
    Switchboard?: SwitchboardApi;
  }
}

// Read now: document.currentScript is null once this script has finished its first run.
const currentScript = document.currentScript;

function start(): void {
  // Loaded twice (two tags, or a single-page app re-adding it): the first copy serves.
  if (window.Switchboard) return;
  const tag =
    currentScript instanceof HTMLScriptElement
      ? currentScript
      : document.querySelector<HTMLScriptElement>('script[src*="widget.js"][data-key]');
  if (!tag) return void console.warn('Switchboard widget: cannot find its <script> tag; give it data-key="sb_widget_…".');
  const settings = readScriptSettings(tag, document.baseURI);
  if ('problem' in settings) return void console.warn(`Switchboard widget: ${settings.problem}.`);

  let mounted: SwitchboardApi | null = null;
  const waiting: ((widget: SwitchboardApi) => void)[] = [];
  const whenMounted = (action: (widget: SwitchboardApi) => void): void => (mounted ? action(mounted) : void waiting.push(action));
  window.Switchboard = {
    open: () => whenMounted((widget) => widget.open()),
    close: () => whenMounted((widget) => widget.close()),
    identify: (token) => whenMounted((widget) => widget.identify(String(token))),
  };
  const mount = (): void => {
    const widget = mountWidget(settings);
    mounted = widget;
    for (const action of waiting.splice(0)) action(widget);
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

start();
