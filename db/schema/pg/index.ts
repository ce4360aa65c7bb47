export * from './auth';
export * from './sessions';
export * from './plans';
export * from './practitioners';
export * from './live';
