'use strict';
// The example workflows (examples/*.json), each run against the sandboxes. Filled in as the
// operations they use land.

function exampleChecks() {
	return [];
}

module.exports = { exampleChecks };
