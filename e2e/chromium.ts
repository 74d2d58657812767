// Debian's Chromium as the tests and benchmarks launch it: headless, no sandbox, no background networking.
export const CHROMIUM = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
