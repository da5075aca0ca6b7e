// fontkit's CommonJS build, which is the instance pdfkit require()s: the font format font-cache.ts
// registers must be in the registry pdfkit's fontkit.create reads. Node (from the sources) and
// esbuild (the CLI bundle) both resolve this require() the way they resolve pdfkit's own.
module.exports = require('fontkit');
