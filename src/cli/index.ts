import { runCli } from './main';

// exitCode rather than exit(): output still in a pipe's buffer is written before Node ends.
void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
