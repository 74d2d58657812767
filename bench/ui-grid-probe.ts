// In-page probe for bench/ui-grid (plain JS, injected as a script): times each digit key from keydown to React
// commit + layout ("processed") and to the frame after it was painted ("painted"), and checks what was painted.

export interface EditSample {
  readonly processed: number;
  readonly painted: number;
  /** The row's 总计 and the column's R3-1 mark were right when painted. */
  readonly correct: boolean;
}

export const PROBE_SOURCE = String.raw`
(() => {
  const samples = (window.__gridSamples = []);
  const waiters = [];
  window.__gridWait = (n) =>
    new Promise((resolve) => (samples.length >= n ? resolve(samples.length) : waiters.push({ n, resolve })));
  const record = (sample) => {
    samples.push(sample);
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (samples.length >= waiters[i].n) waiters.splice(i, 1)[0].resolve(samples.length);
    }
  };
  const value = (key) => {
    const el = document.querySelector('input[data-key="' + key + '"]');
    const text = el ? el.value : '';
    return /^\d+$/.test(text) ? parseInt(text, 10) : 0;
  };
  const hasError = (key) => {
    const td = document.querySelector('input[data-key="' + key + '"]')?.closest('td');
    return td ? td.classList.contains('cell-error') : false;
  };
  const cols = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'];
  const check = (key) => {
    const [table, row, col] = key.split('.');
    if (table !== 't3' || !row || !col) return false;
    const sum = cols.reduce((s, c) => s + value('t3.' + row + '.' + c), 0);
    const totalOk = value('t3.' + row + '.total') === sum;
    const left = value('t3.new.' + col) + value('t3.carried.' + col);
    const right = value('t3.results_total.' + col) + value('t3.carry_forward.' + col);
    return totalOk && hasError('t3.carry_forward.' + col) === (left !== right);
  };
  document.addEventListener('keydown', (e) => {
    if (!/^[0-9]$/.test(e.key) || !(e.target instanceof HTMLInputElement)) return;
    const key = e.target.dataset.key || '';
    const start = e.timeStamp;
    const id = samples.length;
    performance.mark('grid-key-' + id, { startTime: start });
    let processed = NaN;
    document.addEventListener('input', () => {
      void document.body.offsetHeight;
      processed = performance.now() - start;
    }, { once: true });
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.mark('grid-painted-' + id);
        const m = performance.measure('grid-edit-' + id, 'grid-key-' + id, 'grid-painted-' + id);
        record({ processed, painted: m.duration, correct: check(key) });
      };
      channel.port2.postMessage(0);
    });
  }, true);
})();
`;
