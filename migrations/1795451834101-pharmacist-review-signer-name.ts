import { MigrationInterface, QueryRunner } from 'typeorm';

export class PharmacistReviewSignerName1795451834101 implements MigrationInterface {
  name = 'PharmacistReviewSignerName1795451834101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pharmacist_reviews" ADD "signed_by_name" character varying(200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pharmacist_reviews" DROP COLUMN "signed_by_name"`);
  }
}
