'use strict';
// Which operations the built package (dist/) offers: the benchmarks switch to operations still being
// built on other branches (KeyCRM Create Order, ...) as soon as they are merged.
const path = require('node:path');

const { root } = require('../../harness/paths');

function operationsOf(nodeFile, className) {
	// eslint-disable-next-line import/no-dynamic-require
	const NodeClass = require(path.join(root, 'dist', 'nodes', nodeFile))[className];
	const operations = new Set();
	for (const property of new NodeClass().description.properties) {
		if (property.name !== 'operation') continue;
		for (const resource of property.displayOptions?.show?.resource ?? []) {
			for (const option of property.options ?? []) operations.add(`${resource}:${option.value}`);
		}
	}
	return operations;
}

function availableOperations() {
	const keyCrm = operationsOf('KeyCrm/KeyCrm.node.js', 'KeyCrm');
	const aplaut = operationsOf('Aplaut/Aplaut.node.js', 'Aplaut');
	return {
		keyCrmCreateOrder: keyCrm.has('order:create'),
		aplautCreateOrUpdateOrder: aplaut.has('order:createOrUpdate'),
		aplautScroll: aplaut.has('scroll:getAll'),
	};
}

module.exports = { availableOperations, operationsOf };
