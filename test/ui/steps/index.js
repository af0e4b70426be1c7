'use strict';
// The browser checks in the order they run. Credentials come last: the checks before rely on the
// one sandbox credential per type that the start imported (n8n preselects it in a new node).
const { credentialsStep } = require('./credentials');
const { dropdownSteps } = require('./dropdowns');
const { exampleRunStep } = require('./exampleRun');
const { iconsStep } = require('./icons');
const { nodePanelStep } = require('./nodePanel');
const { pollTriggerSteps } = require('./pollTriggers');
const { presetPanelSteps } = require('./presetPanel');
const { triggerSteps } = require('./triggers');

function uiSteps(context) {
	return [
		nodePanelStep(context),
		iconsStep(context),
		...dropdownSteps(context),
		...presetPanelSteps(context),
		...triggerSteps(context),
		...pollTriggerSteps(context),
		exampleRunStep(context),
		credentialsStep(context),
	];
}

module.exports = { uiSteps };
