-- AlterEnum
ALTER TYPE "PrivacyRequestStatus" ADD VALUE 'WITHDRAWN';
