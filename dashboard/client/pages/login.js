// Carries ?terug= into the form and shows why the last attempt failed.
const params = new URLSearchParams(window.location.search);
/** @type {HTMLInputElement} */ (document.getElementById('terug')).value = params.get('terug') ?? '';
if (params.get('fout') === 'onjuist') {
  const message = /** @type {HTMLElement} */ (document.getElementById('melding'));
  message.textContent = 'Gebruikersnaam of wachtwoord klopt niet.';
  message.hidden = false;
}
