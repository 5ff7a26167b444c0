/**
 * Where the built widget and console are: beside the bundle in the installed package (dist/widget, dist/console,
 * copied there by scripts/pack-cli.mjs), or in the repository's apps/widget/dist and apps/console/dist.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BrowserAssetDirs {
  readonly widgetDir?: string;
  readonly consoleDir?: string;
}

export function findBrowserAssetDirs(from: string = dirname(fileURLToPath(import.meta.url))): BrowserAssetDirs {
  const found = (app: string, file: string): string | undefined => {
    // The installed package: right beside the bundle. (Not searched upwards: the repository's apps/console holds
    // the console's source index.html, which is not the built one.)
    if (existsSync(join(from, app, file))) return join(from, app);
    for (let folder = from; ; folder = dirname(folder)) {
      const built = join(folder, 'apps', app, 'dist');
      if (existsSync(join(built, file))) return built;
      if (dirname(folder) === folder) return undefined;
    }
  };
  const widgetDir = found('widget', 'widget.js');
  const consoleDir = found('console', 'index.html');
  return { ...(widgetDir ? { widgetDir } : {}), ...(consoleDir ? { consoleDir } : {}) };
}
