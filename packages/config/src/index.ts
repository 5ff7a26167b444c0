/** Configuration: one zod schema and loadConfig(), and the registry of hot-fix adapters (adapters.yaml) beside it. */
export { configSchema, type SwitchboardConfig } from './config-schema.js';
export { parseConfig, loadConfig, configFileName, type ConfigProblem } from './load-config.js';
export { defaultConfigYaml, workspaceConfigYaml } from './default-config.js';
export { starterArticle } from './starter-article.js';
export { sourceSchema, type SourceConfig } from './source-schema.js';
export {
  adapterRegistryFileName,
  adapterRegistryYaml,
  adapterNamePattern,
  parseAdapterRegistry,
  personaNames,
  semverPattern,
  type AdapterEntry,
} from './adapter-registry.js';
