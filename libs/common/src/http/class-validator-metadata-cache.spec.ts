/*
 * patches/class-validator+0.14.4.patch: class-validator 0.14.4 looked up a class's validation rules
 * by testing every registered class for inheritance, on every validation (class-validator#2686).
 * The patch keeps each answer until metadata is added. These tests pin what the cache must not
 * change, and that it is used (the last test fails on the unpatched file).
 */
import 'reflect-metadata';
import { getMetadataStorage, IsInt, IsString, Min, validateSync } from 'class-validator';

class Booth {
  @IsString() code!: string;
}

class CornerBooth extends Booth {
  @IsInt() @Min(1) sides!: number;
}

function booth<T extends object>(type: new () => T, fields: Record<string, unknown>): T {
  return Object.assign(new type(), fields);
}

const failedProperties = (value: object) =>
  validateSync(value, { whitelist: true, forbidNonWhitelisted: true }).map((e) => e.property);

describe('class-validator metadata lookup (patched)', () => {
  it('still applies a parent class’s rules to its subclass', () => {
    expect(failedProperties(booth(CornerBooth, { code: 7, sides: 0 }))).toEqual(['sides', 'code']);
    expect(failedProperties(booth(CornerBooth, { code: 'G-01', sides: 2 }))).toEqual([]);
  });

  it('sees rules added after a class was first validated', () => {
    class Stall {
      @IsString() name!: string;
      priceVnd!: number;
    }
    const broken = (value: Stall) =>
      validateSync(value, { whitelist: true, forbidNonWhitelisted: true }).flatMap((e) =>
        Object.keys(e.constraints ?? {}),
      );
    expect(broken(booth(Stall, { name: 'Gian gốm', priceVnd: -1 }))).toEqual([
      'whitelistValidation',
    ]);
    // What a decorator does at class definition, done late (as @nestjs/mapped-types does).
    Min(0)(Stall.prototype, 'priceVnd');
    expect(broken(booth(Stall, { name: 'Gian gốm', priceVnd: -1 }))).toEqual(['min']);
    expect(broken(booth(Stall, { name: 'Gian gốm', priceVnd: 4_500_000 }))).toEqual([]);
  });

  it('keeps each answer per set of options', () => {
    const storage = getMetadataStorage();
    const all = storage.getTargetValidationMetadatas(CornerBooth, '', true, false);
    const ungrouped = storage.getTargetValidationMetadatas(CornerBooth, '', false, false, ['x']);
    expect(all.map((m) => m.propertyName).sort()).toEqual(['code', 'sides', 'sides']);
    expect(ungrouped).toEqual([]);
  });

  it('answers a repeated lookup from the cache, without scanning the registered classes', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(CornerBooth, '', false, false);
    const scanned = jest.spyOn(
      (storage as unknown as { validationMetadatas: Map<unknown, unknown> }).validationMetadatas,
      'entries',
    );
    const again = storage.getTargetValidationMetadatas(CornerBooth, '', false, false);
    expect(again).toBe(first);
    expect(Object.isFrozen(again)).toBe(true);
    expect(scanned).not.toHaveBeenCalled();
    scanned.mockRestore();
  });
});
