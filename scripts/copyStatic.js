// Copies what the compiled server reads beside its code (the /viz page's files) from src/ into dist/.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
fs.cpSync(path.join(root, 'src/server/static'), path.join(root, 'dist/server/static'), { recursive: true });
