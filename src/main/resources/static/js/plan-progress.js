/*
 * Live progress of a running plan: polls the plan's JSON every second, moves the <progress> bar and says the
 * phase in the aria-live status line; when the plan has finished, reloads the page, which then shows the result.
 */
(function () {
  'use strict';

  const section = document.getElementById('plan-progress');
  if (!section) {
    return;
  }
  const bar = document.getElementById('progress-bar');
  const text = document.getElementById('progress-text');
  const status = document.getElementById('plan-status');
  const template = text.textContent;
  let lastPhase = null;

  function phaseLabel(phase) {
    const key = 'phase' + phase.charAt(0).toUpperCase() + phase.slice(1);
    return section.dataset[key] || phase;
  }

  function show(plan) {
    const percent = Math.round(plan.progress * 100) + '%';
    bar.value = plan.progress;
    bar.textContent = percent;
    if (status.dataset.status !== plan.status) {
      status.dataset.status = plan.status;
      const key = 'status' + plan.status.charAt(0) + plan.status.slice(1).toLowerCase();
      status.textContent = section.dataset[key] || plan.status;
    }
    // Announce phase changes, not every percent, so a screen reader is not flooded.
    if (plan.phase !== lastPhase) {
      lastPhase = plan.phase;
      text.textContent = phaseLabel(plan.phase) + ' · ' + percent;
    }
  }

  async function poll() {
    try {
      const response = await fetch(section.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      const plan = await response.json();
      show(plan);
      if (plan.status !== 'QUEUED' && plan.status !== 'RUNNING') {
        window.location.reload();
        return;
      }
    } catch (e) {
      text.textContent = section.dataset.msgFailed + ' (' + e.message + ')';
      text.classList.add('error');
    }
    setTimeout(poll, 1000);
  }

  text.textContent = template;
  setTimeout(poll, 1000);
})();
