package com.scalemart.catalog.product.web;

import java.math.BigDecimal;

import com.scalemart.catalog.product.ProductDraft;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/products} and {@code PUT /api/products/{id}}. */
record ProductRequest(
		@NotBlank @Size(max = 32) @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]*$",
				message = "must be upper-case letters, digits and dashes") String sku,
		@NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\p{Cntrl}]*$",
				message = "must not contain control characters") String name,
		@Nullable @Size(max = 2000) String description, @NotNull @Positive Long categoryId,
		@NotNull @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal price,
		@NotBlank @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency) {

	ProductDraft toDraft() {
		return new ProductDraft(this.sku, this.name.strip(), (this.description != null) ? this.description : "",
				this.categoryId, this.price, this.currency);
	}

}
