'use strict';
// The samples for the plain-Node suites and the benchmarks: the one place where JavaScript loads the
// sandboxes' TypeScript (through ts-node's transpile-only register, as the sandbox process runs).
require('ts-node/register/transpile-only');

const { sampleBotobotOrder, sampleBotobotOrderOf } = require('./botobot/samples');
const { sampleBroniboyOrder } = require('./broniboy/samples');
const { buildWebhookDelivery } = require('./broniboy/webhooks');

module.exports = { buildWebhookDelivery, sampleBotobotOrder, sampleBotobotOrderOf, sampleBroniboyOrder };
