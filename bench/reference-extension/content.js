// The yardstick for `npm run bench`: the least a panel can cost, one styled box in a shadow root.
const host = document.createElement('div');
const root = host.attachShadow({ mode: 'open' });
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  ':host{all:initial;position:fixed;left:12px;bottom:12px;z-index:2147483646}div{font:13px system-ui;padding:4px 10px;border-radius:999px;background:#fde7e5;color:#b3261e;border:1px solid}',
);
root.adoptedStyleSheets = [sheet];
const box = document.createElement('div');
box.textContent = 'WhatsApp: blocked since 11 Feb 2026';
root.append(box);
document.documentElement.append(host);
