/** Repository adapters for users and access tokens. */
package dev.taskchat.persistence.account;
