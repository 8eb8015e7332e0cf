// Accord's only script: starts GOV.UK Frontend's components and warns before the idle timeout.
import { initAll } from '/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

const timeoutMeta = document.querySelector('meta[name="accord-session-timeout"]');
if (timeoutMeta) {
  const timeoutSeconds = Number(timeoutMeta.content);
  const warnBefore = Math.min(120, Math.floor(timeoutSeconds / 2));
  let warnTimer;
  let endTimer;
  let dialog;
  let returnFocus;

  const csrfHeader = document.querySelector('meta[name="accord-csrf-header"]')?.content;
  const csrfToken = document.querySelector('meta[name="accord-csrf-token"]')?.content;

  const closeDialog = () => {
    if (dialog) {
      dialog.remove();
      dialog = null;
      if (returnFocus) returnFocus.focus();
    }
  };

  const schedule = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(showWarning, (timeoutSeconds - warnBefore) * 1000);
    endTimer = setTimeout(() => { window.location.href = '/sign-in?timeout'; }, timeoutSeconds * 1000);
  };

  const staySignedIn = async () => {
    const headers = {};
    if (csrfHeader && csrfToken) headers[csrfHeader] = csrfToken;
    const response = await fetch('/session/keep-alive', { method: 'POST', headers, credentials: 'same-origin' });
    closeDialog();
    if (response.ok) {
      schedule();
    } else {
      window.location.href = '/sign-in?timeout';
    }
  };

  function showWarning() {
    returnFocus = document.activeElement;
    dialog = document.createElement('div');
    dialog.className = 'accord-timeout';
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'accord-timeout-title');
    dialog.setAttribute('aria-describedby', 'accord-timeout-text');
    const minutes = Math.max(1, Math.round(warnBefore / 60));
    dialog.innerHTML = '<div class="accord-timeout__box">'
      + '<h2 class="govuk-heading-m" id="accord-timeout-title" tabindex="-1">You are about to be signed out</h2>'
      + '<p class="govuk-body" id="accord-timeout-text">For your security, you will be signed out in '
      + minutes + (minutes === 1 ? ' minute' : ' minutes') + ' because you have been inactive.</p>'
      + '<div class="govuk-button-group">'
      + '<button type="button" class="govuk-button" data-accord-stay>Stay signed in</button>'
      + '<a class="govuk-link" href="/sign-in?timeout" data-accord-leave>Sign out</a>'
      + '</div></div>';
    document.body.appendChild(dialog);
    dialog.querySelector('[data-accord-stay]').addEventListener('click', staySignedIn);
    dialog.querySelector('[data-accord-leave]').addEventListener('click', (event) => {
      event.preventDefault();
      const form = document.querySelector('form.accord-header__sign-out');
      if (form) form.submit(); else window.location.href = '/sign-in?timeout';
    });
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') staySignedIn();
    });
    dialog.querySelector('#accord-timeout-title').focus();
  }

  schedule();
}

// Glossary: the first time a term of the partnership's glossary appears in the page's main text,
// it becomes a button that shows the agreed meaning next to it.
const glossaryData = document.getElementById('accord-glossary');
const main = document.getElementById('main-content');
if (glossaryData && main && !main.querySelector('[data-accord-no-glossary]')) {
  const terms = JSON.parse(glossaryData.textContent)
    .filter((t) => t.term && t.term.length >= 2)
    .sort((a, b) => b.term.length - a.term.length);
  const skip = 'a, button, label, legend, option, select, textarea, input, code, script, h1, h2, h3, h4, '
    + 'caption, th, summary, .govuk-error-summary, .govuk-notification-banner, .accord-term, form';
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let count = 0;

  const explain = (node, term) => {
    const pattern = new RegExp('(^|[^\\p{L}\\p{N}])(' + escape(term.term) + ')(?=$|[^\\p{L}\\p{N}])', 'u');
    const match = pattern.exec(node.nodeValue);
    if (!match) return false;
    const start = match.index + match[1].length;
    const rest = node.splitText(start);
    rest.nodeValue = rest.nodeValue.substring(term.term.length);
    count += 1;
    const id = 'accord-term-' + count;
    const wrapper = document.createElement('span');
    wrapper.className = 'accord-term';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'accord-term__button';
    button.textContent = term.term;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', id);
    const definition = document.createElement('span');
    definition.className = 'accord-term__definition';
    definition.id = id;
    definition.hidden = true;
    definition.textContent = (term.expansion ? term.expansion + ': ' : '') + term.definition;
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', String(!open));
      definition.hidden = open;
    });
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        button.setAttribute('aria-expanded', 'false');
        definition.hidden = true;
      }
    });
    wrapper.append(button, definition);
    rest.parentNode.insertBefore(wrapper, rest);
    return true;
  };

  for (const term of terms) {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && !n.parentElement.closest(skip) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (explain(node, term)) break;
    }
  }
}
