package com.scalemart.user.account.web;

import java.util.Set;

import com.scalemart.user.account.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/users/{id}/roles}. */
record ChangeRolesRequest(@NotNull @Size(max = 3) Set<Role> roles) {
}
