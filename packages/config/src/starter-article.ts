/** The welcome article `switchboard init` puts in kb/, beside the switchboard.yaml of default-config.ts. */
export const starterArticle = `---
title: Welcome to your help center
updated: 2026-01-01
tags: [getting-started]
audience: all
type: evergreen
---
# Welcome to your help center

Replace this file with your own articles. Every Markdown, MDX or HTML file in this folder is ingested.

## Writing good articles

Give each article a clear title and split it into sections with H2 and H3 headings: Switchboard cites sections by their headings.
`;
