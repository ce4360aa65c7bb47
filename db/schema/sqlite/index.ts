export * from './auth';
export * from './sessions';
export * from './practitioners';
