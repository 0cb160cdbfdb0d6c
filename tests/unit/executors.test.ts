import { describe, expect, it } from 'vitest';
import { executorGroup, executorsSentence } from '../../src/text/executors.js';

describe('the execution article (điều thi hành)', () => {
  it('names agencies of one head that share their first word once: "Giám đốc các Sở: Tư pháp, Y tế"', () => {
    expect(executorGroup({ title: 'Giám đốc', agencies: ['Sở Tư pháp', 'Sở Y tế'] })).toBe('Giám đốc các Sở: Tư pháp, Y tế');
    expect(executorGroup({ title: 'Giám đốc', agencies: ['Sở Tư pháp'] })).toBe('Giám đốc Sở Tư pháp');
    expect(executorGroup({ title: 'Thủ trưởng', agencies: ['Sở Tư pháp', 'Công an tỉnh'] })).toBe('Thủ trưởng Sở Tư pháp, Công an tỉnh');
    expect(executorGroup('Chánh Văn phòng Ủy ban nhân dân tỉnh')).toBe('Chánh Văn phòng Ủy ban nhân dân tỉnh');
  });

  it('sets groups apart with ";" when one lists with a colon, else ","; ends with the default words and a stop', () => {
    expect(executorsSentence(['Chánh Văn phòng', { title: 'Giám đốc', agencies: ['Sở Tư pháp', 'Sở Y tế'] }]))
      .toBe('Chánh Văn phòng; Giám đốc các Sở: Tư pháp, Y tế chịu trách nhiệm thi hành Quyết định này.');
    expect(executorsSentence(['Chánh Văn phòng', { title: 'Giám đốc', agencies: ['Sở Tư pháp'] }], 'và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này'))
      .toBe('Chánh Văn phòng, Giám đốc Sở Tư pháp và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.');
  });
});
