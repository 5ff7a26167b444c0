/** Configuration: one zod schema and loadConfig(); nothing else. */
export { configSchema, type SwitchboardConfig } from './config-schema.js';
export { parseConfig, loadConfig, configFileName, type ConfigProblem } from './load-config.js';
export { defaultConfigYaml, workspaceConfigYaml } from './default-config.js';
export { starterArticle } from './starter-article.js';
export { sourceSchema, type SourceConfig } from './source-schema.js';
