// Generates the binary ingest fixtures (PDF, DOCX) under packages/ingest/src/__fixtures__/.
// Run: node scripts/make-ingest-fixtures.mjs  (needs the dev dependency pdf-lib; jszip comes with mammoth).
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { PDFDocument, PDFName, PDFHexString, PDFNumber, StandardFonts, rgb } from 'pdf-lib';

const out = new URL('../packages/ingest/src/__fixtures__/', import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name, bytes) => writeFileSync(new URL(name, out), bytes);
// Fixed dates keep the output byte-stable between runs.
const fixedDate = new Date('2024-05-01T00:00:00Z');

/** A tiny grey-noise PNG, standing in for a scanned page. */
function scanPng(size = 32) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(0);
    for (let x = 0; x < size; x += 1) rows.push((x * 7 + y * 13) % 256);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function newPdf() {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(fixedDate);
  pdf.setModificationDate(fixedDate);
  pdf.setProducer('switchboard fixtures');
  pdf.setCreator('switchboard fixtures');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  return { pdf, regular, bold };
}

async function addScanPage(pdf) {
  const image = await pdf.embedPng(scanPng());
  const page = pdf.addPage([612, 792]);
  page.drawImage(image, { x: 50, y: 100, width: 512, height: 600 });
}

/** Four pages: a two-column page, a table spanning pages 2-3, an image-only page; running header and footer. */
async function manual() {
  const { pdf, regular, bold } = await newPdf();
  pdf.setTitle('Acme Returns Handbook');
  const text = (page, value, x, y, size = 10, font = regular) => page.drawText(value, { x, y, size, font, color: rgb(0, 0, 0) });
  const chrome = (page, number) => {
    text(page, 'Acme Support Manual', 250, 760, 9);
    text(page, `Page ${number} of 4`, 280, 30, 9);
  };

  const one = pdf.addPage([612, 792]);
  chrome(one, 1);
  text(one, 'Returns Handbook', 50, 700, 20, bold);
  const left = [
    ['Eligibility', true],
    ['Items can be returned within 30 days of', false],
    ['delivery if they are unused and in the', false],
    ['original packaging.', false],
    ['', false],
    ['Exceptions', true],
    ['Gift cards and opened software are final', false],
    ['sale and cannot be returned.', false],
  ];
  const right = [
    ['Refund timing', true],
    ['Refunds reach the original payment method', false],
    ['within 5 business days after the warehouse', false],
    ['scans the parcel.', false],
    ['', false],
    ['Store credit', true],
    ['Store credit never expires and can be', false],
    ['combined with discount codes.', false],
  ];
  // Both columns share baselines, the hardest case for reading order.
  left.forEach(([value, isHeading], i) => value && text(one, value, 50, 650 - i * 16, isHeading ? 12 : 10, isHeading ? bold : regular));
  right.forEach(([value, isHeading], i) => value && text(one, value, 320, 650 - i * 16, isHeading ? 12 : 10, isHeading ? bold : regular));

  const columns = [50, 170, 300, 420];
  const row = (page, cells, y, font = regular) => cells.forEach((cell, i) => text(page, cell, columns[i], y, 10, font));
  const two = pdf.addPage([612, 792]);
  chrome(two, 2);
  text(two, 'Shipping rates', 50, 700, 16, bold);
  text(two, 'Rates below apply to parcels up to 20 kg and include fuel surcharges.', 50, 675);
  row(two, ['Region', 'Carrier', 'Price', 'Transit'], 640, bold);
  const firstRows = [
    ['Northern Europe', 'Nordpost Express', '12.50 EUR', '2 days'],
    ['Southern Europe', 'Via Rapida', '14.00 EUR', '3 days'],
    ['United Kingdom', 'Royal Parcel', '9.90 GBP', '2 days'],
    ['North America', 'Maple Freight', '24.00 USD', '5 days'],
  ];
  firstRows.forEach((cells, i) => row(two, cells, 620 - i * 20));

  const three = pdf.addPage([612, 792]);
  chrome(three, 3);
  const moreRows = [
    ['Iceland', 'Frostline Cargo', '31.00 EUR', '6 days'],
    ['Australia', 'Southern Cross Post', '39.00 AUD', '9 days'],
  ];
  moreRows.forEach((cells, i) => row(three, cells, 700 - i * 20));
  text(three, 'Contact', 50, 620, 16, bold);
  text(three, 'Questions about rates go to the logistics desk, open weekdays 8:00 to 17:00.', 50, 595);

  await addScanPage(pdf);
  return pdf.save({ useObjectStreams: false });
}

async function scanned() {
  const { pdf } = await newPdf();
  await addScanPage(pdf);
  await addScanPage(pdf);
  return pdf.save({ useObjectStreams: false });
}

/** A standard-security-handler dictionary whose user password is not empty, so opening it needs a password. */
async function encrypted() {
  const { pdf, regular } = await newPdf();
  pdf.addPage([612, 792]).drawText('Secret pricing', { x: 50, y: 700, size: 12, font: regular });
  const context = pdf.context;
  const filled = (byte) => PDFHexString.of(Buffer.alloc(32, byte).toString('hex'));
  const dictionary = context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40 });
  dictionary.set(PDFName.of('O'), filled(0x11));
  dictionary.set(PDFName.of('U'), filled(0x22));
  dictionary.set(PDFName.of('P'), PDFNumber.of(-4));
  context.trailerInfo.Encrypt = context.register(dictionary);
  context.trailerInfo.ID = context.obj([
    PDFHexString.of('0123456789abcdef0123456789abcdef'),
    PDFHexString.of('0123456789abcdef0123456789abcdef'),
  ]);
  return pdf.save({ useObjectStreams: false });
}

async function docx() {
  const zip = new JSZip();
  const fixedZipDate = new Date('2024-05-01T00:00:00Z');
  const add = (name, content) => zip.file(name, content, { date: fixedZipDate });
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const paragraph = (value, style) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${value}</w:t></w:r></w:p>`;
  const cell = (value) => `<w:tc><w:p><w:r><w:t>${value}</w:t></w:r></w:p></w:tc>`;
  const tableRow = (cells) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  const body = [
    paragraph('Warranty Policy', 'Heading1'),
    paragraph('Every Acme kettle carries a two year warranty from the date of purchase.'),
    paragraph('Claim steps', 'Heading2'),
    paragraph('Send the serial number and a photo of the receipt to the warranty team.'),
    `<w:tbl>${tableRow(['Product', 'Warranty'])}${tableRow(['Kettle K2', '24 months'])}${tableRow(['Toaster T9', '36 months'])}</w:tbl>`,
  ].join('');
  add(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const manualBytes = await manual();
write('pdf/manual.pdf', manualBytes);
write('pdf/scanned.pdf', await scanned());
write('pdf/encrypted.pdf', await encrypted());
write('pdf/truncated.pdf', manualBytes.subarray(0, Math.floor(manualBytes.length * 0.6)));
write('docx/warranty.docx', await docx());
console.log('fixtures written to', out.pathname);
