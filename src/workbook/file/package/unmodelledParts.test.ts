import { lostParts, unmodelledParts } from './unmodelledParts';

describe('lostParts', () => {
  test('names the macros, charts and drawing a rewrite would drop', () => {
    const before = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/vbaProject.bin', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/sheet1.xml'];
    const after = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/drawings/vmlDrawing1.vml'];
    expect(lostParts(before, after)).toEqual(['xl/vbaProject.bin', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']);
  });

  test('is empty when every unmodelled part is written again, whatever its new name', () => {
    expect(lostParts(['xl/media/image1.png', 'xl/drawings/drawing1.xml'], ['xl/media/image7.png', 'xl/drawings/drawing2.xml'])).toEqual([]);
  });

  test('does not count comments, note shapes, styles or worksheets as unmodelled', () => {
    expect([...unmodelledParts(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']).keys()]).toEqual([]);
  });
});
