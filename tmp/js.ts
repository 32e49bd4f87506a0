import { z } from 'astro/zod';
import { collectionSchemas } from '/work/main/src/schemas';
import { loadTaxonomies } from '/work/main/src/lib/taxonomies';
const { taxonomies } = loadTaxonomies('/work/main/content');
const s = collectionSchemas({ taxonomies, image: () => z.string() });
console.log(JSON.stringify(z.toJSONSchema(s['case-studies'], { io: 'input', unrepresentable: 'any' }), null, 1).slice(0, 3000));
