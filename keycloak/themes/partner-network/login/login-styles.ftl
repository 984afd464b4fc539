<#-- The sign-in pages' stylesheet, in each page (1.3 KB of the compressed page): a phone on a slow line shows
     the first page one round trip sooner than with a stylesheet of its own to fetch. The portal's colours and
     type (portal/src/main/resources/static/portal.css), mobile first, no framework. The Khmer font (23 KB,
     cached a month) is fetched only for a page in Khmer; an English page draws its one Khmer word, the
     language switch "ខ្មែរ", from a 1.5 KB subset of the same font. -->
@font-face {
  font-family: "Noto Sans Khmer";
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: url(${url.resourcesPath}/fonts/noto-sans-khmer-400.woff2) format("woff2");
  unicode-range: U+1780-17FF, U+19E0-19FF, U+200C-200D, U+25CC;
}
@font-face {
  font-family: "Noto Sans Khmer Label";
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: url(${url.resourcesPath}/fonts/noto-sans-khmer-400-label.woff2) format("woff2");
  unicode-range: U+1780-17FF, U+200C-200D;
}
:root {
  --ink: #1a1a1a; --paper: #fff; --link: #0b4f9c; --accent: #0b4f9c; --line: #595959;
  --error: #b00020; --soft: #f2f4f7; --focus: #ffbf47; --ok: #1e6b32;
  font-family: "Noto Sans Khmer", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--ink); background: var(--paper);
  font-size: 100%; line-height: 1.5;
}
:lang(km) { line-height: 1.8; }
* { box-sizing: border-box; }
body { margin: 0; }
header, main, footer { padding: 0 1rem; max-width: 30rem; margin: 0 auto; }
header { border-bottom: 4px solid var(--accent); padding-bottom: .5rem; }
.bar { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding-top: .5rem; }
.brand { font-weight: 700; font-size: 1.15rem; }
.language { font-weight: 700; padding: .5rem .25rem; }
html:not(:lang(km)) .language:lang(km) { font-family: "Noto Sans Khmer Label", system-ui, sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 1rem 0; }
h2 { font-size: 1.2rem; margin: 1.25rem 0 .5rem; }
a { color: var(--link); text-decoration-thickness: .08em; text-underline-offset: .15em; }
:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
hr { display: none; }
.field, .options, .buttons { margin: 0 0 1.25rem; }
label { display: block; font-weight: 700; margin-bottom: .25rem; }
.input, input[type=text], input[type=password], input[type=email] {
  font: inherit; width: 100%; min-height: 44px; padding: .4rem .5rem;
  border: 2px solid var(--ink); border-radius: 0; background: var(--paper); color: var(--ink);
}
input[type=checkbox], input[type=radio] { width: 1.4rem; height: 1.4rem; accent-color: var(--accent); }
.checkbox label, label.choice { display: inline-flex; align-items: center; gap: .4rem; font-weight: 400; min-height: 44px; }
[aria-invalid=true] { border-color: var(--error); }
.error { display: block; color: var(--error); font-weight: 700; margin: .25rem 0 0; }
.hint { color: #3d3d3d; margin: .25rem 0; }
.button, input[type=submit], button {
  display: inline-block; font: inherit; font-weight: 700; padding: .6rem 1.2rem; min-height: 44px;
  border: 2px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff;
  cursor: pointer; text-decoration: none; text-align: center;
}
.primary { width: 100%; }
.secondary { background: var(--paper); color: var(--accent); }
.input-group { display: flex; }
.password-toggle { display: none; }
.alert { border: 3px solid var(--error); padding: .75rem 1rem; font-weight: 700; margin: 0 0 1rem; }
.alert-success, .alert-info { border-color: var(--accent); background: var(--soft); }
.signing-in { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; margin: 0 0 1rem; }
.signing-in strong { overflow-wrap: anywhere; }
.providers { border-top: 1px solid var(--line); margin-top: 1.5rem; }
.provider-list { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
.provider-list .button, .provider-list button { width: 100%; }
.info { margin: 1.25rem 0; }
#kc-totp-settings li { margin-bottom: .75rem; }
#kc-totp-secret-key { font-family: monospace; font-size: 1.1rem; overflow-wrap: anywhere; }
#kc-totp-secret-qr-code { max-width: 100%; }
.otp-device { display: inline-block; margin: 0 1rem .5rem .25rem; font-weight: 400; }
footer { margin-top: 3rem; border-top: 1px solid var(--line); font-size: .9rem; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
