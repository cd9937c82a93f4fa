// Preloaded with `node --require` into the offline OCR check. --require
// preloads also run in every worker thread (where tesseract.js works;
// --import ones do not), so any attempt to reach the network throws there
// too instead of connecting.
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const net = require('node:net');
const tls = require('node:tls');
const { syncBuiltinESMExports } = require('node:module');

const blocked = (what) =>
  function () {
    throw new Error(`NETWORK BLOCKED: ${what}`);
  };
net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
net.Socket.prototype.connect = blocked('net.Socket.connect');
tls.connect = blocked('tls.connect');
http.request = blocked('http.request');
http.get = blocked('http.get');
https.request = blocked('https.request');
https.get = blocked('https.get');
dns.lookup = blocked('dns.lookup');
globalThis.fetch = async (url) => {
  throw new Error(`NETWORK BLOCKED: fetch ${url}`);
};
// ES modules importing { request } from 'node:http' see the patched functions too.
syncBuiltinESMExports();
