import { DefaultLogger, Runtime } from '@temporalio/worker';

// Test output shows failures, not the worker's state changes.
Runtime.install({ logger: new DefaultLogger('WARN') });
