'use strict';
// Real webhook deliveries from the sandboxes to published trigger workflows.

function webhookChecks() {
	return [];
}

module.exports = { webhookChecks };
