import { describe, expect, it } from 'vitest';
import { apiNames, words } from '../../src/request/names.js';

describe('apiNames', () => {
  it.each(['MyApi', 'my_api', 'My API', 'my-api', 'myApi', 'MY_API', '  my -- api '])(
    'normalises %j like the anchor generator',
    (name) => {
      expect(apiNames(name)).toMatchObject({
        projectName: 'my-api',
        moduleName: 'my_api',
        className: 'MyApi',
        constantName: 'MY_API',
      });
    },
  );

  it('keeps the acronyms a person typed in capitals in the title, and only those', () => {
    expect(apiNames('Orders API').title).toBe('Orders API');
    expect(apiNames('OrdersAPI').title).toBe('Orders API');
    expect(apiNames('HTTPServer').title).toBe('HTTP Server');
    expect(apiNames('my-api').title).toBe('My Api');
    expect(apiNames('MY_API').title).toBe('My Api');
  });

  it('splits acronyms from the following word', () => {
    expect(words('HTTPServer')).toEqual(['http', 'server']);
    expect(apiNames('OrderAPIService').projectName).toBe('order-api-service');
  });

  it('keeps digits with their word', () => {
    expect(apiNames('billing2 api').moduleName).toBe('billing2_api');
    expect(apiNames('v2Orders').className).toBe('V2Orders');
  });
});
