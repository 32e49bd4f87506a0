import { z } from 'astro/zod';
const a = z.string().superRefine(() => {}).meta({ taxonomy: 'topics' });
const b = a.describe('Region id');
const c = z.array(a).min(1).describe('Topics');
console.log(JSON.stringify(z.toJSONSchema(z.object({ b, c, d: b.optional() }), { io: 'input', unrepresentable: 'any' })));
