// @ts-check
/**
 * ESLint rule: no import crosses a workspace package boundary by path. A relative or absolute path that leaves the
 * importing file's package (or enters a package from scripts/, examples/ or the root), and a `dist` or `src` path
 * into a package named `@switchboard/…`, are reported: other packages are imported by their name, so that the
 * package's `exports` and the layering rules in eslint.config.js see the import.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root: the folder above eslint-rules/. */
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const packageGroups = ['packages', 'apps'];
const ourScope = '@switchboard/';

/**
 * The package a file belongs to ('packages/core', 'apps/cli'), or undefined outside every package (scripts/,
 * examples/, the root's own files, or outside the workspace).
 * @param {string} file
 */
function packageOf(file) {
  const [group, name, ...rest] = path.relative(root, file).split(path.sep);
  return group && name && rest.length > 0 && packageGroups.includes(group) ? `${group}/${name}` : undefined;
}

/** @param {string | undefined} unit */
const placeName = (unit) => unit ?? 'outside the packages';

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Import other workspace packages by name, never by a relative, absolute or dist path' },
    schema: [],
    messages: {
      leavesPackage:
        "'{{specifier}}' leads from {{from}} into {{to}}: import a package by its name ('@switchboard/…'), never by a path across packages.",
      buildOutput: "'{{specifier}}' reaches into a package's {{folder}} folder: import '{{name}}' or one of its entry points by name.",
      dynamicByName:
        "'{{specifier}}' is named in import(); import packages of ours with a static import, so the layering rules in eslint.config.js see it.",
      intoNodeModules: "'{{specifier}}' is a path into node_modules: import the package by its name.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = packageOf(file);

    /**
     * @param {import('estree').Node} node
     * @param {unknown} specifier
     * @param {{ dynamic?: boolean }} [how]
     */
    function check(node, specifier, how = {}) {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith(ourScope)) {
        const [name, folder] = specifier.slice(ourScope.length).split('/');
        if (folder === 'dist' || folder === 'src')
          context.report({ node, messageId: 'buildOutput', data: { specifier, folder, name: `${ourScope}${name}` } });
        else if (how.dynamic && from?.startsWith('packages/')) context.report({ node, messageId: 'dynamicByName', data: { specifier } });
        return;
      }
      if (!specifier.startsWith('.') && !path.isAbsolute(specifier)) return;
      const target = path.resolve(path.dirname(file), specifier);
      if (target.split(path.sep).includes('node_modules')) {
        context.report({ node, messageId: 'intoNodeModules', data: { specifier } });
        return;
      }
      const to = packageOf(target);
      if (to === from) return;
      context.report({ node, messageId: 'leavesPackage', data: { specifier, from: placeName(from), to: placeName(to) } });
    }

    /** @param {any} node */
    const sourceOf = (node) => node.source?.value;
    return {
      ImportDeclaration: (node) => check(node, sourceOf(node)),
      ExportNamedDeclaration: (node) => check(node, sourceOf(node)),
      ExportAllDeclaration: (node) => check(node, sourceOf(node)),
      ImportExpression(node) {
        const source = node.source;
        if (source.type === 'Literal') check(node, source.value, { dynamic: true });
        else if (source.type === 'TemplateLiteral' && source.expressions.length === 0)
          check(node, source.quasis[0]?.value.cooked, { dynamic: true });
      },
      CallExpression(node) {
        const [first] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && first?.type === 'Literal')
          check(node, first.value, { dynamic: true });
      },
      /** `import x = require('…')` and `import('…').Type` in TypeScript. @param {any} node */
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === 'TSExternalModuleReference') check(node, node.moduleReference.expression.value);
      },
      /** @param {any} node */
      TSImportType(node) {
        check(node, node.argument?.literal?.value, { dynamic: true });
      },
    };
  },
};
