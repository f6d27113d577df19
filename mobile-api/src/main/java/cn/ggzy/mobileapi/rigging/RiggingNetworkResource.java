package cn.ggzy.mobileapi.rigging;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.CoBiddingViews;
import cn.ggzy.server.application.CoBiddingViews.BidderDetail;
import cn.ggzy.server.application.CoBiddingViews.GroupDetail;
import cn.ggzy.server.application.CoBiddingViews.GroupPage;
import cn.ggzy.server.domain.model.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The co-bidding network of the imported bids: groups of bidders that bid together repeatedly
 * (with rotation of winners and cover bidders) and one bidder's record. A department head reads the
 * own department's bids, the office every department's of its region (audited). Signals, never a
 * verdict.
 */
@Tag(name = "rigging-network", description = "投标人关系网络 Bidder network")
@Path("/v1/rigging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD})
@SecurityRequirement(name = "jwt")
public class RiggingNetworkResource {
  @Inject CallerResolver callers;
  @Inject CoBiddingViews views;

  @GET
  @Path("/groups")
  @Operation(summary = "Co-bidding groups, most tenders together first")
  @APIResponse(responseCode = "200", description = "a page of groups: members, tenders together, rotation, cover "
      + "bidders, open warnings naming a member")
  @APIResponse(responseCode = "400", description = "an invalid filter",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public GroupPage groups(
      @Parameter(description = "part of a member's credit code or name") @QueryParam("bidder") String bidder,
      @Parameter(description = "at least this many tenders together") @QueryParam("minimumTenders")
          String minimumTenders,
      @Parameter(description = "only groups whose members take turns winning") @QueryParam("rotating")
          @DefaultValue("false") boolean rotating,
      @Parameter(description = "only groups with a member that bids and never wins") @QueryParam("cover")
          @DefaultValue("false") boolean cover,
      @Parameter(description = "only groups that bid together in a tender of this department (e.g. 421181-zjj)")
          @QueryParam("department") String department,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
    return views.groups(callers.caller(), new CoBiddingViews.GroupQuery(bidder, number(minimumTenders), rotating,
        cover, department, offset, limit));
  }

  @GET
  @Path("/groups/{id}")
  @Operation(summary = "One group: members (tenders, wins, cover), pairs with their tenders together, the tenders, "
      + "open warnings naming a member")
  @APIResponse(responseCode = "404", description = "no such group within reach",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = GroupDetail.class)))
  public GroupDetail group(@PathParam("id") String id) {
    return views.group(callers.caller(), id);
  }

  @GET
  @Path("/bidders/{code}")
  @Operation(summary = "One bidder by unified social credit code: tenders, wins, win rate, co-bidders, groups, "
      + "warnings naming it")
  @APIResponse(responseCode = "404", description = "no bid of that bidder within reach",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = BidderDetail.class)))
  public BidderDetail bidder(@PathParam("code") String code) {
    return views.bidder(callers.caller(), code);
  }

  static Integer number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new DomainException("rigging.request.invalid", "minimumTenders");
    }
  }
}
