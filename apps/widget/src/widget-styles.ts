/**
 * The widget's CSS, applied inside its shadow root only. `:host { all: initial }` stops the page's inherited styles
 * at the boundary. Custom properties do cross it, on purpose: a page may set `--sb-accent` on `switchboard-widget`
 * to match its brand.
 */
export const widgetStyles = `
:host{all:initial}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.sb-launcher,.sb-panel{--a:var(--sb-accent,#2550c8);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1c2128;text-align:left}
button,textarea{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--sb-focus,#f0a020);outline-offset:2px}
svg{width:20px;height:20px;fill:currentColor;display:block}
.sb-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.sb-launcher{position:fixed;right:20px;bottom:20px;z-index:2147483646;width:56px;height:56px;border:0;border-radius:50%;background:var(--a);color:#fff;display:grid;place-items:center;box-shadow:0 6px 20px rgba(0,0,0,.25)}
.sb-launcher svg{width:28px;height:28px}
.sb-has-unread::after{content:"";position:absolute;top:4px;right:4px;width:14px;height:14px;border-radius:50%;background:#d92d20;border:2px solid #fff}
.sb-panel{position:fixed;right:20px;bottom:88px;z-index:2147483647;width:min(380px,calc(100vw - 40px));height:min(600px,calc(100vh - 112px));display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 12px 48px rgba(0,0,0,.28);overflow:hidden}
.sb-header{display:flex;align-items:center;gap:8px;padding:12px 10px 12px 16px;background:var(--a);color:#fff}
.sb-heading{flex:1;min-width:0}
.sb-title{margin:0;font-size:16px;font-weight:600;line-height:1.3}
.sb-status{margin:2px 0 0;font-size:13px;opacity:.92}
.sb-close{width:36px;height:36px;border:0;border-radius:8px;background:transparent;color:#fff;display:grid;place-items:center}
.sb-close:hover{background:rgba(255,255,255,.16)}
.sb-log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:10px;background:#f5f6f8}
.sb-msg{max-width:88%;margin:0;padding:9px 12px;border:1px solid transparent;border-radius:12px;overflow-wrap:anywhere}
.sb-customer{align-self:flex-end;background:var(--a);color:#fff;white-space:pre-wrap;border-bottom-right-radius:4px}
.sb-bot,.sb-human{align-self:flex-start;background:#fff;border-color:#e1e4e8;border-bottom-left-radius:4px}
.sb-human{white-space:pre-wrap;border-color:#b9c8ef}
.sb-speaker{display:block;font-size:12px;font-weight:600;color:#4a5360;margin-bottom:2px;white-space:normal}
.sb-notice{align-self:center;max-width:100%;padding:2px 8px;color:#4a5360;font-size:13px;text-align:center}
.sb-error{color:#b42318}
.sb-retry{margin-left:4px;padding:2px 8px;border:1px solid currentColor;border-radius:999px;background:#fff;color:#b42318;font-size:13px}
.sb-answer p,.sb-answer ol,.sb-answer ul,.sb-answer pre{margin:0 0 8px}
.sb-answer>:last-child{margin-bottom:0}
.sb-answer ol,.sb-answer ul{padding-left:22px}
.sb-answer li+li{margin-top:2px}
.sb-panel a{color:var(--a);text-underline-offset:2px}
.sb-answer code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef0f3;padding:1px 4px;border-radius:4px}
.sb-answer pre{background:#eef0f3;padding:8px 10px;border-radius:6px;overflow-x:auto}
.sb-answer pre code{padding:0;background:none}
.sb-cite-marker{font-size:.72em;vertical-align:super;line-height:0;margin-left:1px;text-decoration:none}
.sb-sources{margin-top:8px;padding-top:6px;border-top:1px solid #e1e4e8;font-size:13px}
.sb-sources-title{margin:0 0 2px;font-weight:600;color:#4a5360}
.sb-sources ul{margin:0;padding:0;list-style:none}
.sb-feedback{display:flex;gap:6px;margin-top:8px}
.sb-thumb{width:32px;height:30px;border:1px solid #d0d5db;border-radius:8px;background:#fff;color:#4a5360;display:grid;place-items:center}
.sb-thumb svg{width:16px;height:16px}
.sb-thumb-down svg{transform:rotate(180deg)}
.sb-thumb[aria-pressed=true]{background:var(--a);border-color:var(--a);color:#fff}
.sb-typing{align-self:flex-start;display:flex;gap:4px;padding:13px 14px;background:#fff;border:1px solid #e1e4e8;border-radius:12px}
.sb-typing span{width:7px;height:7px;border-radius:50%;background:#6e7781;animation:sb-blink 1.2s infinite}
.sb-typing span:nth-child(2){animation-delay:.2s}
.sb-typing span:nth-child(3){animation-delay:.4s}
@keyframes sb-blink{0%,80%,100%{opacity:.25}40%{opacity:1}}
.sb-toolbar{display:flex;flex-wrap:wrap;gap:8px;padding:8px 12px 0;border-top:1px solid #e1e4e8}
.sb-pill{padding:4px 12px;border:1px solid #c4cad1;border-radius:999px;background:#fff;font-size:13px}
.sb-pill:hover,.sb-thumb:hover,.sb-rate:hover,.sb-secondary:hover{border-color:var(--a)}
.sb-composer{display:flex;align-items:flex-end;gap:8px;padding:8px 12px 12px}
.sb-input,.sb-comment{flex:1;width:100%;min-height:40px;max-height:120px;padding:8px 10px;border:1px solid #c4cad1;border-radius:10px;background:#fff;resize:none}
.sb-input::placeholder{color:#6e7781}
.sb-send{flex:none;width:40px;height:40px;border:0;border-radius:10px;background:var(--a);color:#fff;display:grid;place-items:center}
.sb-send[aria-disabled=true]{opacity:.5;cursor:default}
.sb-rating{padding:12px;border-top:1px solid #e1e4e8}
.sb-rate-question{margin:0 0 8px;font-weight:600}
.sb-rates{display:flex;gap:6px;margin-bottom:10px}
.sb-rate{flex:1;height:40px;border:1px solid #c4cad1;border-radius:8px;background:#fff;font-weight:600}
.sb-rate[aria-checked=true]{background:var(--a);border-color:var(--a);color:#fff}
.sb-comment-label{display:block;margin-bottom:4px;font-size:13px}
.sb-form-error{margin:6px 0 0;color:#b42318;font-size:13px}
.sb-form-error:empty{display:none}
.sb-form-actions{display:flex;justify-content:flex-end;gap:8px;margin-top:10px}
.sb-primary,.sb-secondary{padding:8px 14px;border-radius:8px;font-weight:600}
.sb-primary{border:0;background:var(--a);color:#fff}
.sb-primary:disabled{opacity:.5;cursor:default}
.sb-secondary{border:1px solid #c4cad1;background:#fff}
@media (max-width:480px){.sb-panel{right:0;bottom:0;width:100%;height:100%;border-radius:0}}
@media (prefers-reduced-motion:reduce){.sb-typing span{animation:none;opacity:.6}}
@media (forced-colors:active){.sb-thumb[aria-pressed=true],.sb-rate[aria-checked=true]{outline:2px solid CanvasText}}
`;
