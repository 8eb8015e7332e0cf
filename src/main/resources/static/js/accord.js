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
