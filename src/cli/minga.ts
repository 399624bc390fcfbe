import { main } from './main';

const code = await main(process.argv.slice(2));
// `serve` keeps running until it is stopped; the other commands end here.
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
