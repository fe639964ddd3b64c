#!/usr/bin/env node
// Interop client for the ContentReview gRPC service on the real third-party Node stack: @grpc/grpc-js with
// @grpc/proto-loader loading the repository's .proto files at run time (no generated code).
//
// Usage: node interop_client.js --target 127.0.0.1:5081 SCENARIO [SCENARIO ...]
// Scenarios: unary, offsets, batch, server-stream, errors, deadline, gzip, health, lexicon, auth (the last needs a
// server with API keys, passed in CR_REVIEW_KEY and CR_ADMIN_KEY). Prints one PASS/FAIL line per scenario; exits 1 if
// any failed.
'use strict';

const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const PROTO_ROOT = path.resolve(__dirname, '..', '..', '..', 'proto');
const FILES = ['contentreview/v1/content_review.proto', 'grpc/health/v1/health.proto'];

function parseArgs(argv) {
  const args = { target: null, scenarios: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--target') args.target = argv[++i];
    else args.scenarios.push(argv[i]);
  }
  if (!args.target || args.scenarios.length === 0) {
    console.error('usage: interop_client.js --target HOST:PORT SCENARIO...');
    process.exit(2);
  }
  return args;
}

class Failure extends Error {}
function check(condition, message) {
  if (!condition) throw new Failure(message);
}

const args = parseArgs(process.argv.slice(2));
const definition = protoLoader.loadSync(FILES, {
  includeDirs: [PROTO_ROOT], keepCase: true, longs: String, enums: String, defaults: true, oneofs: true,
});
const loaded = grpc.loadPackageDefinition(definition);
const ContentReviewService = loaded.contentreview.v1.ContentReviewService;
const Health = loaded.grpc.health.v1.Health;

// google.rpc.Status and its details, decoded with protobufjs from the same .proto files.
const rpcRoot = new protobuf.Root();
rpcRoot.resolvePath = (origin, target) => (target.startsWith('google/protobuf/') ? target : path.join(PROTO_ROOT, target));
rpcRoot.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], { keepCase: true });
const RpcStatus = rpcRoot.lookupType('google.rpc.Status');
const BadRequest = rpcRoot.lookupType('google.rpc.BadRequest');

const reviewKey = process.env.CR_REVIEW_KEY;
const adminKey = process.env.CR_ADMIN_KEY;
function metadata(pairs) {
  const md = new grpc.Metadata();
  for (const [k, v] of pairs) md.set(k, v);
  return md;
}
const auth = () => (reviewKey ? metadata([['authorization', 'Bearer ' + reviewKey]]) : new grpc.Metadata());
const deadline = (ms) => ({ deadline: new Date(Date.now() + ms) });

const client = new ContentReviewService(args.target, grpc.credentials.createInsecure());
const health = new Health(args.target, grpc.credentials.createInsecure());

const unary = (c, method, request, md, options) =>
  new Promise((resolve, reject) => c[method](request, md || auth(), options || deadline(10000), (err, res) => (err ? reject(err) : resolve(res))));

function collect(stream) {
  return new Promise((resolve, reject) => {
    const out = [];
    stream.on('data', (m) => out.push(m));
    stream.on('error', reject);
    stream.on('end', () => resolve(out));
  });
}

async function expectError(code, promise) {
  try {
    await promise;
  } catch (err) {
    check(err.code === code, `expected ${code}, got ${err.code}: ${err.details}`);
    return err;
  }
  throw new Failure(`expected status ${code}, the call succeeded`);
}

function badRequestFields(err) {
  const bin = err.metadata.get('grpc-status-details-bin');
  check(bin.length === 1, 'no grpc-status-details-bin trailer');
  const status = RpcStatus.decode(bin[0]);
  check(status.code === err.code, `details code ${status.code} != ${err.code}`);
  const fields = [];
  for (const any of status.details) {
    if (any.type_url === 'type.googleapis.com/google.rpc.BadRequest') {
      fields.push(...BadRequest.decode(any.value).field_violations.map((v) => v.field));
    }
  }
  return fields;
}

const scenarios = {
  async unary() {
    const res = await unary(client, 'Review', { text: '请联系国土资源部办理。', request_id: 'js-1' });
    check(res.request_id === 'js-1', 'request_id');
    check(res.findings.length === 1, `findings: ${res.findings.length}`);
    const f = res.findings[0];
    check(f.start === 3 && f.length === 5, `span ${f.start}+${f.length}`);
    check(f.rule_id === 'agency-2018-guotuziyuanbu' && f.severity === 'SEVERITY_ERROR', 'rule/severity');
    check(f.suggestions.join() === '自然资源部' && res.lexicon_version !== '', 'suggestions/version');
  },

  async offsets() {
    const text = '𠮷野家和国土资源部';
    const res = await unary(client, 'Review', { text });
    check(res.offset_unit === 'OFFSET_UNIT_UTF16', 'default unit');
    const got = res.findings.map((f) => text.slice(f.start, f.start + f.length));
    check(got.join('|') === '𠮷野家|国土资源部', `UTF-16 spans slice JS strings wrongly: ${got}`);
    const bytes = Buffer.from(text, 'utf8');
    const utf8 = await unary(client, 'Review', { text, offset_unit: 'OFFSET_UNIT_UTF8' });
    const got8 = utf8.findings.map((f) => bytes.subarray(f.start, f.start + f.length).toString('utf8'));
    check(got8.join('|') === '𠮷野家|国土资源部', `UTF-8 spans: ${got8}`);
  },

  async batch() {
    const call = client.ReviewBatch(auth(), deadline(20000));
    const done = collect(call);
    for (let i = 0; i < 50; i++) call.write({ text: i % 2 === 0 ? '国土资源部' : '干净的句子', request_id: `b${i}` });
    call.write({ text: '', request_id: 'bad' });
    call.end();
    const responses = await done;
    check(responses.map((r) => r.request_id).join() === [...Array(50).keys()].map((i) => `b${i}`).concat('bad').join(), 'order/ids');
    check(responses.slice(0, 50).every((r, i) => r.findings.length === 1 - (i % 2)), 'findings per request');
    const error = responses[50].error;
    check(error && error.code === 3, 'invalid item has no INVALID_ARGUMENT error');
    check(BadRequest.decode(error.details[0].value).field_violations[0].field === 'text', 'item details');
  },

  async 'server-stream'() {
    const call = client.ReviewBatchServerStream({ requests: [{ text: '农业部', request_id: 's1' }, { text: '农业部门', request_id: 's2' }] }, auth(), deadline(10000));
    const responses = await collect(call);
    check(responses.map((r) => `${r.request_id}:${r.findings.length}`).join() === 's1:1,s2:0', 'responses');
  },

  async errors() {
    let err = await expectError(grpc.status.INVALID_ARGUMENT, unary(client, 'Review', { text: '' }));
    check(badRequestFields(err).join() === 'text', 'field violations');
    err = await expectError(grpc.status.INVALID_ARGUMENT, unary(client, 'Review', { text: 'x', options: { categories: ['typo', '未知类别'] } }));
    check(badRequestFields(err).join() === 'options.categories[1]', 'category violation');
    check(err.details.includes('未知类别'), `grpc-message not percent-decoded: ${err.details}`);
    err = await expectError(grpc.status.INVALID_ARGUMENT, unary(client, 'Review', { text: 'x', content_type: 7 }));
    check(badRequestFields(err).join() === 'content_type', 'enum violation');
    const generic = new grpc.Client(args.target, grpc.credentials.createInsecure());
    await expectError(grpc.status.UNIMPLEMENTED, new Promise((resolve, reject) =>
      generic.makeUnaryRequest('/contentreview.v1.ContentReviewService/NoSuchMethod', (x) => x, (x) => x, Buffer.alloc(0), auth(), deadline(5000),
        (e, r) => (e ? reject(e) : resolve(r)))));
    generic.close();
  },

  async deadline() {
    const started = Date.now();
    const call = client.ReviewBatch(auth(), deadline(500));
    const done = collect(call);
    call.write({ text: '国土资源部', request_id: 'd1' });
    // Never end the request stream: the deadline must end the call.
    await expectError(grpc.status.DEADLINE_EXCEEDED, done);
    check(Date.now() - started < 5000, 'the deadline did not end the call');
    await unary(client, 'Review', { text: '国土资源部' }, auth(), deadline(5000));
  },

  async gzip() {
    const gz = new ContentReviewService(args.target, grpc.credentials.createInsecure(), {
      'grpc.default_compression_algorithm': 2, // gzip
      'grpc.default_compression_level': 2,
    });
    const text = '国土资源部和农业部的工作。'.repeat(50);
    const res = await unary(gz, 'Review', { text });
    check(res.findings.length === 100, `findings over gzip: ${res.findings.length}`);
    const call = gz.ReviewBatch(auth(), deadline(10000));
    const done = collect(call);
    for (let i = 0; i < 3; i++) call.write({ text, request_id: `g${i}` });
    call.end();
    check((await done).every((r) => r.findings.length === 100), 'batch over gzip');
    gz.close();
  },

  async health() {
    const res = await unary(health, 'Check', { service: '' }, new grpc.Metadata());
    check(res.status === 'SERVING', `status ${res.status}`);
    await expectError(grpc.status.NOT_FOUND, unary(health, 'Check', { service: 'no.Such' }, new grpc.Metadata()));
    const watch = health.Watch({ service: 'contentreview.v1.ContentReviewService' });
    const first = await new Promise((resolve, reject) => { watch.once('data', resolve); watch.once('error', reject); });
    check(first.status === 'SERVING', 'watch');
    watch.on('error', () => {});
    watch.cancel();
  },

  async lexicon() {
    const info = await unary(client, 'GetLexiconInfo', {});
    const sum = Object.values(info.rule_counts_by_category).reduce((a, b) => a + b, 0);
    check(info.rule_count > 0 && info.rule_count === sum, 'counts');
    const ids = [];
    let token = '';
    do {
      const page = await unary(client, 'ListRules', { page_size: 1, page_token: token });
      ids.push(...page.rules.map((r) => r.id));
      token = page.next_page_token;
    } while (token);
    check(ids.length === info.rule_count && new Set(ids).size === ids.length, 'paging');
  },

  async auth() {
    check(reviewKey && adminKey, 'CR_REVIEW_KEY and CR_ADMIN_KEY must be set');
    const request = { text: '国土资源部' };
    await expectError(grpc.status.UNAUTHENTICATED, unary(client, 'Review', request, new grpc.Metadata()));
    await expectError(grpc.status.UNAUTHENTICATED, unary(client, 'Review', request, metadata([['authorization', 'Bearer wrong-key-0123456789']])));
    const ok = await unary(client, 'Review', request, metadata([['x-api-key', reviewKey]]));
    check(ok.findings.length === 1, 'x-api-key');
    await expectError(grpc.status.PERMISSION_DENIED, unary(client, 'ReloadLexicon', {}, auth()));
    const reloaded = await unary(client, 'ReloadLexicon', {}, metadata([['authorization', 'Bearer ' + adminKey]]), deadline(30000));
    check(reloaded.lexicon_version !== '', 'reload');
  },
};

(async () => {
  let failed = 0;
  for (const name of args.scenarios) {
    const scenario = scenarios[name];
    if (!scenario) {
      console.log(`FAIL ${name}: unknown scenario (known: ${Object.keys(scenarios).join(', ')})`);
      failed++;
      continue;
    }
    try {
      await scenario();
      console.log(`PASS ${name}`);
    } catch (err) {
      failed++;
      console.log(`FAIL ${name}: ${err.message}`);
      console.error(err.stack);
    }
  }
  client.close();
  health.close();
  process.exit(failed ? 1 : 0);
})();
